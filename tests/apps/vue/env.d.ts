/// <reference types="upper-back-surgery-elements/vue" />
