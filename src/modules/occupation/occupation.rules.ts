/** SOC 2018 detailed occupation code, e.g. 15-1252. */
export const SOC_CODE = /^\d{2}-\d{4}$/;
/** CIP 2020 code, e.g. 11.0701. */
export const CIP_CODE = /^\d{2}\.\d{4}$/;

export const isSocCode = (code: string): boolean => SOC_CODE.test(code);
export const isCipCode = (code: string): boolean => CIP_CODE.test(code);

/** The projections' percent change (17.3) as the share the API reports (0.173), without binary noise. */
export function growthShare(changePercent: number): number {
  return Number((changePercent / 100).toPrecision(12));
}
