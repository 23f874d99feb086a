import { AppConfig } from './app-config';
import { baseUrl, from, int, parsed, text } from './variable';

const nothingEarlier = (name: string): unknown => {
  throw new Error(`read ${name}`);
};

describe('variable declarations', () => {
  it('derives a default from the variable it names', () => {
    const simUrl = baseUrl({ default: from('PORT', (port: number) => `http://127.0.0.1:${port + 1}/`), doc: 'sim' });

    expect(simUrl.resolve(undefined, (name) => (name === 'PORT' ? 4100 : undefined))).toBe('http://127.0.0.1:4101');
    expect(simUrl.resolve('https://sim.example.rw//', nothingEarlier)).toBe('https://sim.example.rw');
    expect(simUrl.defaultText).toBeUndefined();
  });

  it('counts an empty integer as unset, but checks an empty text', () => {
    const port = int({ min: 1, max: 9, default: 3, doc: 'port' });
    const prefix = text({ pattern: /^\w+$/, message: 'must be a word', default: 'corridor', doc: 'prefix' });

    expect(port.check('PORT', '')).toEqual([]);
    expect(port.resolve('', nothingEarlier)).toBe(3);
    expect(port.defaultText).toBe('3');
    expect(prefix.check('QUEUE_PREFIX', '')).toEqual(['QUEUE_PREFIX must be a word']);
  });

  it('parses a set value and the default alike, and the absence of both', () => {
    const list = parsed({
      pattern: /^\w+(,\w+)*$/,
      message: 'must be words',
      parse: (raw) => raw?.split(',') ?? [],
      doc: 'list',
    });
    const withDefault = parsed({ pattern: /^\d+$/, message: 'must be digits', default: '7', parse: Number, doc: 'n' });

    expect(list.resolve('a,b', nothingEarlier)).toEqual(['a', 'b']);
    expect(list.resolve(undefined, nothingEarlier)).toEqual([]);
    expect(withDefault.resolve(undefined, nothingEarlier)).toBe(7);
  });

  it('holds every declared variable in AppConfig under its camelCase name', () => {
    const config = AppConfig.fromEnv({ POSTAL_MAX_PARCEL_VALUE_SDR: '300', CARRIER_SIM_FAULTS: '{"all":{}}' });

    expect(config.postalMaxParcelValueSdr).toBe(300);
    expect(config.carrierSimFaults).toBe('{"all":{}}');
    expect(config.logLevel).toBe('info');
    expect(AppConfig.fromEnv({ NODE_ENV: 'test' }).logLevel).toBe('warn');
  });

  it('types each AppConfig property as its declaration says (checked by npm run typecheck)', () => {
    const config = AppConfig.fromEnv({});
    const nodeEnv: 'development' | 'production' | 'test' = config.nodeEnv;
    // @ts-expect-error NODE_ENV is one of three values, not any one of them
    const onlyDevelopment: 'development' = config.nodeEnv;
    const logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent' = config.logLevel;
    // @ts-expect-error WORKER_PORT has no default
    const workerPort: number = config.workerPort;
    // @ts-expect-error PORT is a number
    const port: string = config.port;
    const sdrRates: Readonly<Record<'USD' | 'CNY' | 'RWF', string>> = config.sdrRates;
    const trustProxy: false | number | string = config.trustProxy;
    const importer: { name: string; address: string } = config.importerOfRecord;
    // @ts-expect-error the importer's name and address are read as importerOfRecord
    void config.importerOfRecordName;
    const _neverCalled = (): void => {
      // @ts-expect-error the configuration is read-only
      config.port = 1;
    };

    expect([nodeEnv, onlyDevelopment, logLevel, workerPort, port, trustProxy]).toEqual([
      'development',
      'development',
      'info',
      undefined,
      3000,
      false,
    ]);
    expect(Object.keys(sdrRates).sort()).toEqual(['CNY', 'RWF', 'USD']);
    expect(importer.address).toBe('Shanghai, China\n中国上海市');
  });
});
