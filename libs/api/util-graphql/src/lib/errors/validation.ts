import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { ApiError, type FieldProblem } from './api-error';

/** Flattens class-validator's tree into one problem per broken constraint, by dotted field path. */
export function fieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

export function validationError(problems: readonly FieldProblem[]): ApiError {
  const summary = problems.map((p) => p.message).join('; ');
  return ApiError.badInput(`Invalid input: ${summary}`, problems);
}

/**
 * The global pipe: validates argument classes with class-validator and answers BAD_USER_INPUT with the
 * fields, prefixed by the argument's name (`input.name`) when the argument has one.
 */
@Injectable()
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, exceptionFactory: (errors) => validationError(fieldProblems(errors)) });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof ApiError) || !metadata.data) throw error;
      const prefix = metadata.data;
      throw validationError(error.fields.map((p) => ({ field: `${prefix}.${p.field}`, message: p.message })));
    }
  }
}
