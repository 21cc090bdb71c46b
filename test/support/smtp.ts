import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** What the server answers to the n-th DATA (0-based): accept, or refuse with an SMTP status. */
export type SmtpBehaviour = (n: number) => { code: number; message: string } | null;

/**
 * A real SMTP server on a loopback port (the smtp-server package): the app's nodemailer speaks the protocol to it,
 * and every accepted message is parsed with mailparser.
 */
export class TestSmtp {
  readonly received: ParsedMail[] = [];
  private attempts = 0;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    public behaviour: SmtpBehaviour,
  ) {}

  static async start(behaviour: SmtpBehaviour = () => null, port = 0): Promise<TestSmtp> {
    let self: TestSmtp | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const t = self as TestSmtp;
          const refusal = t.behaviour(t.attempts++);
          if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          simpleParser(Buffer.concat(chunks)).then((mail) => {
            t.received.push(mail);
            callback(null);
          }, callback);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = server.server.address() as AddressInfo;
    self = new TestSmtp(server, address.port, behaviour);
    return self;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** DATA commands seen, accepted or refused. */
  get dataAttempts(): number {
    return this.attempts;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address === address)));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The `token` parameter of the link in a message that starts with `prefix` (PUBLIC_URL + path). */
export function tokenFromLink(mail: ParsedMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text ?? '');
  if (!match) throw new Error(`no link ${prefix} in: ${mail.text}`);
  return decodeURIComponent(match[1]);
}
