package com.example.bookshop;

import java.io.IOException;
import java.net.ServerSocket;

/** Serves metrics on their own port. */
public class MetricsExporter {
    ServerSocket open() throws IOException {
        return new ServerSocket(9090);
    }
}
