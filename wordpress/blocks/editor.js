/**
 * The blocks in the editor: one per element, from the list PHP gives (window.ubsBlockEditor, built
 * from the library's custom-elements.json). The preview is the element itself (the library's script
 * is loaded in the editor), so it looks as readers will see it; the sidebar sets its attributes (the
 * per-page choices: what the clinic's settings give is not among them).
 * Plain JavaScript with wp.element.createElement: no build step. WordPress 6.1 and later; from 6.3 on,
 * the post editor runs in a frame when every block is of API version 3, as these are, and prepare()
 * gives that frame the library too.
 */
(function (wp, data) {
  'use strict';
  if (!wp || !data) return;
  var el = wp.element.createElement;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var labels = data.labels;

  /**
   * Gives a document the clinic's settings, for the preview, as the published page has them, and
   * the library's script when it lacks it: the editor's own page has it (PHP enqueues it), an
   * editor in a frame (the site editor; newer WordPress for posts too) gets it here.
   */
  function prepare(doc) {
    if (!doc || doc.querySelector('script[data-ubs-editor]')) return;
    var marker = doc.createElement('script');
    marker.type = 'application/json';
    marker.setAttribute('data-ubs-editor', '');
    if (data.settings && Object.keys(data.settings).length > 0) {
      marker.setAttribute('data-ubs-settings', '');
      marker.textContent = JSON.stringify(data.settings);
    }
    doc.head.appendChild(marker);
    doc.dispatchEvent(new Event('ubs-settings-change'));
    if (doc !== document && !(doc.defaultView && doc.defaultView.customElements.get(data.elements[0].tag))) {
      var script = doc.createElement('script');
      script.src = data.script;
      doc.head.appendChild(script);
    }
  }
  prepare(document);

  /** `heading-level` → "Heading level" when PHP has no translated label for it. */
  function labelOf(attribute) {
    if (labels[attribute.key]) return labels[attribute.key];
    var words = attribute.name.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** The sidebar control for one attribute, by its type. */
  function control(attribute, attributes, setAttributes) {
    var value = attributes[attribute.key];
    var set = function (next) {
      var change = {};
      change[attribute.key] = next === '' ? undefined : next;
      setAttributes(change);
    };
    var common = { key: attribute.key, label: labelOf(attribute), help: attribute.description };
    if (attribute.key === 'headingLevel') {
      return el(components.SelectControl, Object.assign(common, {
        help: undefined,
        value: String(value || attribute.default || 2),
        options: [2, 3, 4, 5, 6].map(function (level) { return { label: 'H' + level, value: String(level) }; }),
        onChange: function (next) { set(Number(next)); },
      }));
    }
    if (attribute.type === 'boolean') {
      return el(components.ToggleControl, Object.assign(common, { checked: Boolean(value), onChange: function (next) { set(next || undefined); } }));
    }
    if (attribute.type === 'number') {
      return el(components.TextControl, Object.assign(common, {
        type: 'number',
        value: value === undefined ? '' : String(value),
        onChange: function (next) { set(next === '' ? '' : Number(next)); },
      }));
    }
    if (attribute.values) {
      var first = attribute.key === 'lang' ? labels.pageLanguage : labels.default;
      return el(components.SelectControl, Object.assign(common, {
        help: attribute.key === 'lang' ? undefined : attribute.description,
        value: value || '',
        options: [{ label: first, value: '' }].concat(attribute.values.map(function (choice) { return { label: choice, value: choice }; })),
        onChange: set,
      }));
    }
    return el(components.TextControl, Object.assign(common, { value: value || '', onChange: set }));
  }

  /** The element with the block's attributes, in HTML names; booleans only when on; the guide's language from the settings when the block chooses none. */
  function preview(element, attributes) {
    var props = data.language ? { lang: data.language } : {};
    element.attributes.forEach(function (attribute) {
      var value = attributes[attribute.key];
      if (value === undefined || value === '' || value === false) return;
      props[attribute.name] = value === true ? '' : String(value);
    });
    return el(element.tag, props);
  }

  data.elements.forEach(function (element) {
    var attributes = {};
    element.attributes.forEach(function (attribute) {
      attributes[attribute.key] = attribute.values ? { type: attribute.type, enum: attribute.values } : { type: attribute.type };
    });
    // The block is registered on the server from its block.json (API version 3); this adds the editor's part.
    wp.blocks.registerBlockType(element.block, {
      apiVersion: 3,
      title: element.title,
      description: element.summary,
      category: 'upper-back-surgery',
      icon: 'heart',
      attributes: attributes,
      supports: { html: false },
      edit: function (props) {
        var frame = wp.element.useRef(null);
        wp.element.useEffect(function () {
          if (frame.current) prepare(frame.current.ownerDocument);
        }, []);
        return el(
          'div',
          blockEditor.useBlockProps({ ref: frame }),
          el(blockEditor.InspectorControls, null,
            el(components.PanelBody, { title: labels.options, initialOpen: true },
              element.attributes.map(function (attribute) { return control(attribute, props.attributes, props.setAttributes); }))),
          preview(element, props.attributes)
        );
      },
      // Dynamic: PHP prints the element (includes/blocks.php).
      save: function () { return null; },
    });
  });
})(window.wp, window.ubsBlockEditor);
