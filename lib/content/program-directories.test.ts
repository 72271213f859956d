import { describe, expect, it } from 'vitest';
import directoriesFile from '../../content/data/program-directories.json';
import { directoryLink, parseProgramDirectories, programDirectoriesData } from './program-directories';

describe('program directories data', () => {
  it('lists each accreditor and ARRT once, each with an https address and the day it was checked', () => {
    const ids = programDirectoriesData.directories.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining(['jrcert', 'caahep-sonography', 'caahep-cardiovascular', 'jrcnmt', 'arrt']),
    );
    for (const d of programDirectoriesData.directories) expect(d.url).toMatch(/^https:\/\//);
  });

  it('rejects a directory without an https address', () => {
    const bad = structuredClone(directoriesFile);
    bad.directories[0]!.url = 'http://www.example.org/';
    expect(() => parseProgramDirectories(bad)).toThrow(/directories\.0\.url/);
  });

  it('rejects a state filter that has no place for the state', () => {
    const bad = structuredClone(directoriesFile) as { directories: { stateFilter: string | null }[] };
    bad.directories[0]!.stateFilter = 'https://www.example.org/search?state=';
    expect(() => parseProgramDirectories(bad)).toThrow(/\{state\}/);
  });

  it('rejects two directories with the same id', () => {
    const bad = structuredClone(directoriesFile);
    bad.directories.push(structuredClone(bad.directories[0]!));
    expect(() => parseProgramDirectories(bad)).toThrow(/share an id/);
  });
});

describe('a directory link for one state', () => {
  const base = programDirectoriesData.directories[0]!;

  it('fills in the state where the directory takes it in its address', () => {
    const link = directoryLink({ ...base, stateFilter: 'https://www.example.org/find?state={state}' }, 'nh');
    expect(link).toEqual({ href: 'https://www.example.org/find?state=NH', filtered: true });
  });

  it('links to the directory itself where it does not', () => {
    expect(directoryLink({ ...base, stateFilter: null }, 'nh')).toEqual({ href: base.url, filtered: false });
  });
});
