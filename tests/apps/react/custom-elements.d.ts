/// <reference types="upper-back-surgery-elements/react" />
