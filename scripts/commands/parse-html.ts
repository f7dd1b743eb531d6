import { DOMParser } from 'linkedom';
import { type DefaultTreeAdapterMap, html as namespaces, parse, type TreeAdapter } from 'parse5';

/**
 * HTML → a Document in Node, as the browser's `DOMParser` makes one, and nothing more: parse5
 * builds the tree by the HTML standard's rules (the parser jsdom uses, and what `DOMParser`
 * follows: implied end tags, table fostering, misnested formatting), into a linkedom Document,
 * a DOM with no script engine, no network and no CSS (so no script runs and no subresource loads,
 * by construction). The page reader (src/lib/page/read-page.ts) runs on it in the command as on
 * `DOMParser`'s in the browser. linkedom rather than jsdom, which parses the same way, because
 * jsdom's whole browser takes about a second to load, longer than the command may take
 * (docs/ingest.md, "Measured here"). `pageUrl` is not needed: the page reader resolves addresses
 * against it itself.
 *
 * @example
 * parseHtml('<title>Hi</title>').title // → 'Hi'
 */
export function parseHtml(html: string): Document {
  return parse<DomTreeAdapterMap>(html, { treeAdapter: domTreeAdapter() });
}

interface DomTreeAdapterMap {
  node: Node;
  parentNode: ParentNode & Node;
  childNode: ChildNode;
  document: Document;
  documentFragment: DocumentFragment;
  element: Element;
  commentNode: Comment;
  textNode: Text;
  template: Element;
  documentType: DocumentType;
}

/**
 * A parse5 tree adapter that builds DOM nodes of one new linkedom Document, through the DOM's own
 * methods. A template's contents go to a fragment of their own, not its children, as in the
 * browser; the doctype and the document's mode (quirks) are kept aside, as nothing here reads them.
 */
function domTreeAdapter(): TreeAdapter<DomTreeAdapterMap> {
  const document = new DOMParser().parseFromString('', 'text/html') as unknown as Document;
  const templates = new WeakMap<Element, DocumentFragment>();
  const doctype = { name: '', publicId: '', systemId: '' };
  let mode = 'no-quirks' as ReturnType<TreeAdapter<DefaultTreeAdapterMap>['getDocumentMode']>;
  const setAttributes = (
    element: Element,
    attrs: { name: string; value: string; prefix?: string }[],
  ) => {
    for (const { name, value, prefix } of attrs) {
      const qualified = prefix ? `${prefix}:${name}` : name;
      if (!element.hasAttribute(qualified)) element.setAttribute(qualified, value);
    }
  };
  const textBefore = (parent: ParentNode & Node, text: string, reference: ChildNode | null) => {
    const previous = reference ? reference.previousSibling : parent.lastChild;
    if (previous?.nodeType === 3) (previous as Text).data += text;
    else parent.insertBefore(document.createTextNode(text), reference);
  };
  return {
    createDocument: () => document,
    createDocumentFragment: () => document.createDocumentFragment(),
    createElement: (tagName, namespaceURI, attrs) => {
      const element =
        namespaceURI === namespaces.NS.HTML
          ? document.createElement(tagName)
          : document.createElementNS(namespaceURI, tagName);
      setAttributes(element, attrs);
      return element;
    },
    createCommentNode: (data) => document.createComment(data),
    createTextNode: (value) => document.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, reference) => void parent.insertBefore(node, reference),
    setTemplateContent: (template, content) => void templates.set(template, content),
    getTemplateContent: (template) => {
      let content = templates.get(template);
      if (!content) templates.set(template, (content = document.createDocumentFragment()));
      return content;
    },
    setDocumentType: (_document, name, publicId, systemId) =>
      void Object.assign(doctype, { name, publicId, systemId }),
    setDocumentMode: (_document, documentMode) => void (mode = documentMode),
    getDocumentMode: () => mode,
    detachNode: (node) => void node.parentNode?.removeChild(node),
    insertText: (parent, text) => textBefore(parent, text, null),
    insertTextBefore: (parent, text, reference) => textBefore(parent, text, reference),
    adoptAttributes: (recipient, attrs) => setAttributes(recipient, attrs),
    getFirstChild: (node) => node.firstChild,
    getChildNodes: (node) => [...node.childNodes],
    getParentNode: (node) => node.parentNode as (ParentNode & Node) | null,
    getAttrList: (element) => [...element.attributes].map(({ name, value }) => ({ name, value })),
    getTagName: (element) => element.localName.toLowerCase(),
    getNamespaceURI: (element) =>
      (element.namespaceURI ?? namespaces.NS.HTML) as ReturnType<
        TreeAdapter<DefaultTreeAdapterMap>['getNamespaceURI']
      >,
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: () => doctype.name,
    getDocumentTypeNodePublicId: () => doctype.publicId,
    getDocumentTypeNodeSystemId: () => doctype.systemId,
    isTextNode: (node): node is Text => node.nodeType === 3,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is DocumentType => node.nodeType === 10,
    isElementNode: (node): node is Element => node.nodeType === 1,
    setNodeSourceCodeLocation: () => {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => {},
  };
}
