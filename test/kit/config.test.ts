// Settings read from the environment: defaults, and a clear refusal naming the variable for a bad value.
import { ConfigError, loadConfig } from '../../kit/config.ts';

describe('REPORT_DAYS_INTERVAL_MS', () => {
  it('defaults to five minutes and takes a whole number of milliseconds', () => {
    expect(loadConfig({}).reportDaysIntervalMs).toBe(300_000);
    expect(loadConfig({ REPORT_DAYS_INTERVAL_MS: '60000' }).reportDaysIntervalMs).toBe(60_000);
  });

  it.each(['0', '999', '1.5', 'often', '86400001'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ REPORT_DAYS_INTERVAL_MS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ REPORT_DAYS_INTERVAL_MS: value })).toThrow(/REPORT_DAYS_INTERVAL_MS must be a whole number from 1000 to 86400000/);
  });
});
