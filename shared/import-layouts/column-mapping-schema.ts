// The column mapping's schema, with zod: for the readers of a mapping file and the register's saved mappings.
import { z } from 'zod';
import { columnMappingSchemaWith } from './column-mapping.ts';

export const columnMappingSchema = columnMappingSchemaWith(z);
