import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * The largest knowledge file loaded. Ten times the shipped story's `qa.yaml`, far above one news
 * story's needs, and it bounds what a reload costs: the checks run in a worker, but the index of
 * the new knowledge is built on the answering thread (about 0.5 s per 200 KB of questions).
 */
export const KNOWLEDGE_FILE_MAX_BYTES = 512 * 1024;

/** A knowledge file over the size limit: refused before it is read. */
export class KnowledgeFileTooLarge extends Error {
  override readonly name = 'KnowledgeFileTooLarge';
}

/** Reads a knowledge file as UTF-8, refusing one above `maxBytes` without reading it. */
export function readKnowledgeFile(path: string, maxBytes = KNOWLEDGE_FILE_MAX_BYTES): string {
  const { size } = statSync(path);
  if (size > maxBytes) {
    throw new KnowledgeFileTooLarge(
      `${basename(path)} is ${kilobytes(size)}, over the ${kilobytes(maxBytes)} limit for a knowledge file: shorten it, or split the story into two folders`,
    );
  }
  return readFileSync(path, 'utf8');
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
}
