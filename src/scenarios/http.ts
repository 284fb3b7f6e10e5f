/** Downloading files over HTTP: one connection, the way a browser saves a file. */
import { HttpClient, HttpServer } from '../core/apps/http/http.ts';
import type { Trace } from '../core/trace.ts';
import { ftpNetwork, sampleFiles } from './ftp-network.ts';
import type { Scenario, ScenarioOptions, SwitchSpec } from './types.ts';

const SWITCHES: SwitchSpec[] = [
  { name: 'files', kind: 'integer', values: [1, 2, 3, 5, 10], default: 2, min: 1, max: 10_000 },
  { name: 'loss', kind: 'number', values: [0, 0.01, 0.05, 0.1, 0.2], default: 0, min: 0, max: 0.9 },
  { name: 'ip', kind: 'choice', values: [4, 6], default: 4 },
];

export const httpDownload: Scenario = {
  id: 'http-download',
  title: 'Downloading files over HTTP',
  switches: SWITCHES,
  run(options: ScenarioOptions): Trace {
    const files = options.files ?? 2;
    const ip = options.ip ?? 4;
    const loss = options.loss ?? 0;
    const seed = options.seed ?? 1;
    const n = ftpNetwork({ seed, nat: false, ip, loss });
    const content = sampleFiles(files);
    new HttpServer(n.server, content).start();
    const client = new HttpClient(n.pc, {
      server: n.serverAddress,
      files: [...content.keys()],
      hostName: 'files.example',
    });
    n.net.at(0, () => client.start());
    n.net.run();
    return n.net.trace({
      scenario: 'http-download',
      title: 'Downloading files over HTTP',
      switches: { files, loss, ip },
      captureLink: n.lan.id,
      captureNode: n.pc.id,
    });
  },
};
