/**
 * JSON parsing off the main thread, for imported layers of up to 64 MiB: `parseJsonInParts`,
 * exposed with comlink (each part of features is one message back to the page).
 */
import { expose } from 'comlink';
import { parseJsonInParts } from './json-api';

expose({ parseJsonInParts });
