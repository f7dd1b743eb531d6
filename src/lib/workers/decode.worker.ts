import { expose } from 'comlink';
import { decodeText } from '../model/decode-text';

expose({ decodeText });
