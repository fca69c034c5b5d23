// The elements' tags, attributes, properties and `onubs-*` events in JSX, from the package.
/// <reference types="upper-back-surgery-elements/react" />
