import { classifyArchiveError } from './pg-error.classifier';

describe(classifyArchiveError.name, () => {
  const pgError = (code: string) => Object.assign(new Error('boom'), { code });
  it('retries connection loss, deadlocks and a restarting server', () => {
    for (const code of ['08006', '40P01', '40001', '53300', '57P01']) expect(classifyArchiveError(pgError(code)).retryable).toBe(true);
  });
  it('dead-letters what one message caused', () => {
    expect(classifyArchiveError(pgError('23502'))).toMatchObject({ retryable: false, code: 'archive_rejected' });
    expect(classifyArchiveError(pgError('22P02')).retryable).toBe(false);
  });
  it('treats a refused connection (no SQLSTATE) as retryable', () => {
    expect(classifyArchiveError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })).retryable).toBe(true);
  });
});
