/** The search's full-text index (MiniSearch), off the page's thread: see `searchIndexInWorker`. */
import { expose } from 'comlink';
import { inThreadSearchIndex } from '../search/search-index';

expose(inThreadSearchIndex());
