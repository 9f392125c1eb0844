import {CallLog} from '../../fakes/call-log';
import {FakePropertiesService} from '../../fakes/fake-properties';
import {FakeSession} from '../../fakes/fake-session';

describe('FakePropertiesService', () => {
  it('shares one document store between getDocumentProperties calls', () => {
    const service = new FakePropertiesService(new CallLog());
    service.getDocumentProperties().setProperty('folderId', 'file-1');
    expect(service.getDocumentProperties().getProperty('folderId')).toBe(
      'file-1',
    );
  });

  it('returns null for a property never set', () => {
    expect(
      new FakePropertiesService(new CallLog())
        .getDocumentProperties()
        .getProperty('x'),
    ).toBeNull();
  });

  it('coerces values to strings like the real service', () => {
    const props = new FakePropertiesService(
      new CallLog(),
    ).getDocumentProperties();
    props.setProperty('count', 3 as unknown as string);
    expect(props.getProperty('count')).toBe('3');
  });

  it('refuses a value over 9 KB', () => {
    const props = new FakePropertiesService(
      new CallLog(),
    ).getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
  });

  it('refuses to grow the store past 500 KB', () => {
    const props = new FakePropertiesService(
      new CallLog(),
    ).getDocumentProperties();
    for (let i = 0; i < 55; i++) props.seed(`k${i}`, 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('one-more', 'x'.repeat(9 * 1024))).toThrow(
      /property storage quota/,
    );
  });
});

describe('FakeSession', () => {
  it('reports clerk@example.org as the active user by default', () => {
    expect(new FakeSession(new CallLog()).getActiveUser().getEmail()).toBe(
      'clerk@example.org',
    );
  });

  it('reports an empty address for a consumer account that hides it', () => {
    const session = new FakeSession(new CallLog(), '');
    expect(session.getActiveUser().getEmail()).toBe('');
  });
});
