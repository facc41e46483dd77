package com.example;

class Client {
    static final String AWS_ID = "{{AWS2}}"; // expect: known-secret-format
    static final String BOTH = "{{GITHUB2}} {{STRIPE2}}"; // expect: known-secret-format
    static final String PEM = "-----BEGIN EC PRIVATE KEY-----\n" // expect: known-secret-format
            + "{{PEM_LINE2}}\n"
            + "-----END EC PRIVATE KEY-----";
}
