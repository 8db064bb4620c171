// What exceljs does at run time but its type declarations leave out.
import type ExcelJS from 'exceljs';

/** `worksheet.dataValidations`: validations by address ("C2:C1001" writes one range; reading expands ranges per cell). */
export type DataValidationsOf = {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void; model: Record<string, ExcelJS.DataValidation | undefined> };
};

export function dataValidations(worksheet: ExcelJS.Worksheet): DataValidationsOf['dataValidations'] {
  return (worksheet as unknown as DataValidationsOf).dataValidations;
}
