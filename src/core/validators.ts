import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A rate strictly between 0 and 1: 0 and 1 would make the odds arithmetic degenerate. */
export function IsOpenUnitInterval(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOpenUnitInterval',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a rate strictly between 0 and 1 (e.g. 0.85 for 85%)`, ...options },
      validator: {
        validate: (v: unknown) => v === undefined || v === null || (typeof v === 'number' && v > 0 && v < 1),
      },
    });
}

/** Message for class-validator's IsPositive on sizes (credits, years), in the words planners read. */
export const GREATER_THAN_ZERO: ValidationOptions = { message: '$property must be greater than 0' };

/** A share from 0 up to, but not including, 1 (a discount rate: all of tuition returned as aid is not a price). */
export function IsShareBelowOne(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isShareBelowOne',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be at least 0 and below 1 (e.g. 0.45 for 45%)`, ...options },
      validator: {
        validate: (v: unknown) => v === undefined || v === null || (typeof v === 'number' && v >= 0 && v < 1),
      },
    });
}
