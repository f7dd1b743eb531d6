/** The search's full-text index (`SearchIndex`), off the page's thread: see `searchIndexInWorker`. */
import { expose } from 'comlink';
import { inThreadSearchIndex } from '../search/search-index';

expose(inThreadSearchIndex());
