import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Response } from 'express';

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  message?: string;
  limit?: number;
  length?: number;
}

/**
 * JSON errors that say what is wrong: body-parser failures (broken JSON, too large, bad
 * charset) become 400/413/415 with a plain reason; HttpExceptions pass through; anything
 * else is a 500 whose details stay in the log.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly log = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      res.status(exception.getStatus()).json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return;
    }
    const e = (exception ?? {}) as BodyParserError;
    const status = e.status ?? e.statusCode;
    if (e.type === 'entity.too.large') {
      res.status(413).json({ statusCode: 413, error: 'Payload Too Large', message: `request body is larger than the limit of ${e.limit} bytes` });
      return;
    }
    if (e.type === 'entity.parse.failed') {
      res.status(400).json({ statusCode: 400, error: 'Bad Request', message: `request body is not valid JSON: ${e.message}` });
      return;
    }
    if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
      res.status(415).json({ statusCode: 415, error: 'Unsupported Media Type', message: e.message });
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ statusCode: status, message: e.message ?? 'bad request' });
      return;
    }
    this.log.error({ msg: 'unhandled error', error: String(exception), stack: (exception as Error)?.stack });
    res.status(500).json({ statusCode: 500, message: 'internal error' });
  }
}
