package com.example.bookshop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/** Calls the payment provider. */
public class PaymentClient {
    private static final String API_KEY = "pk-9f8e7d6c5b4a3210";
    private static final String ENDPOINT = "https://payments.example.com/v1/charges";

    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest charge(String body) {
        return HttpRequest.newBuilder(URI.create(ENDPOINT))
                .header("Authorization", "Bearer " + API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
