import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Response } from 'express';
import { Observable, throwError } from 'rxjs';

/**
 * The one global filter of every app.
 * - HTTP: HttpExceptions answer as JSON as they are; anything else is a 500 whose details stay
 *   in the log (body-parser errors never get here: configureHttpApp answers them).
 * - Kafka handlers (rpc): the original error is passed on untouched. Nest's default would
 *   replace it with `{ status, message }`, and KafkaBatchServer needs its class to tell a
 *   retryable failure from a permanent one.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly log = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    if (host.getType() === 'rpc') return throwError(() => exception);
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      res.status(exception.getStatus()).json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return;
    }
    this.log.error({ msg: 'unhandled error', error: String(exception), stack: (exception as Error)?.stack });
    res.status(500).json({ statusCode: 500, message: 'internal error' });
  }
}
