// Makes sure the Nu HTML Checker (vnu-jar, in test:quality and its unit test) has Java 11 or later:
// `java` on PATH, else Debian's default-jre-headless when root, else one line saying what to install.
// ENSURE_DRY_RUN=1 shows what would be installed (apt-get -s) without changing the machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const minimum = 11;
const dryRun = process.env.ENSURE_DRY_RUN === '1';
// dpkg's maintainer scripts need the system directories even when PATH is minimal.
const systemEnv = {
  ...process.env,
  PATH: [process.env.PATH, '/usr/sbin', '/usr/bin', '/sbin', '/bin'].filter(Boolean).join(':'),
};

/** The major version of the `java` on PATH, or null when there is none. */
function javaMajor() {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  // `java -version` prints e.g. openjdk version "17.0.15" (or "1.8.0_392" before Java 9) on stderr.
  const match = /version "(?:1\.)?(\d+)/.exec(result.stderr);
  return match ? Number(match[1]) : 0;
}

const found = () => {
  const major = javaMajor();
  return major !== null && major >= minimum ? major : null;
};

let major = found();
if (major === null && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const had = javaMajor();
  console.log(
    `${had === null ? 'No Java found' : `Java ${had} is too old`}: installing Debian’s default-jre-headless package…`,
  );
  // Slim Debian images drop /usr/share/man, and the JRE's post-install script fails without man1.
  if (!dryRun) mkdirSync('/usr/share/man/man1', { recursive: true });
  const steps = dryRun
    ? [['apt-get', ['install', '-s', '-y', 'default-jre-headless']]]
    : [
        ['apt-get', ['update', '-qq']],
        ['apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless']],
      ];
  for (const [cmd, args] of steps) {
    console.log(`${dryRun ? '(dry run) ' : ''}/usr/bin/${cmd} ${args.join(' ')}`);
    if (spawnSync(`/usr/bin/${cmd}`, args, { stdio: 'inherit', env: systemEnv }).status !== 0) break;
  }
  major = found();
}
if (major === null) {
  console.error(
    `No Java ${minimum} or later for the HTML checker (vnu-jar): install one (Debian/Ubuntu: sudo apt-get install default-jre-headless; elsewhere: any JDK or JRE ${minimum}+ with java on PATH).`,
  );
  process.exit(1);
}
console.log(`The HTML checker will use Java ${major}`);
