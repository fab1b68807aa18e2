/**
 * Per-channel totals of conversions and value, added with Neumaier compensation so that
 * a million small shares add up to the last digit.
 */
export class Credits {
  readonly conversions: Float64Array;
  readonly values: Float64Array;
  private readonly convErr: Float64Array;
  private readonly valErr: Float64Array;

  constructor(readonly channelCount: number) {
    this.conversions = new Float64Array(channelCount);
    this.values = new Float64Array(channelCount);
    this.convErr = new Float64Array(channelCount);
    this.valErr = new Float64Array(channelCount);
  }

  add(channel: number, conversions: number, value: number): void {
    let s = this.conversions[channel];
    let t = s + conversions;
    this.convErr[channel] += Math.abs(s) >= Math.abs(conversions) ? s - t + conversions : conversions - t + s;
    this.conversions[channel] = t;
    s = this.values[channel];
    t = s + value;
    this.valErr[channel] += Math.abs(s) >= Math.abs(value) ? s - t + value : value - t + s;
    this.values[channel] = t;
  }

  /** The compensated totals: conversions and value per channel id. */
  totals(): { conversions: Float64Array; values: Float64Array } {
    const conversions = new Float64Array(this.channelCount);
    const values = new Float64Array(this.channelCount);
    for (let c = 0; c < this.channelCount; c++) {
      conversions[c] = this.conversions[c] + this.convErr[c];
      values[c] = this.values[c] + this.valErr[c];
    }
    return { conversions, values };
  }
}

/** Per-channel conversions and value credited by a model, indexed by channel id. */
export interface ChannelTotals {
  readonly conversions: Float64Array;
  readonly values: Float64Array;
}
