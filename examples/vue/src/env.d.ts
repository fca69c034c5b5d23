// The elements' tags, attributes, properties and `@ubs-*` events in templates, from the package.
/// <reference types="upper-back-surgery-elements/vue" />
