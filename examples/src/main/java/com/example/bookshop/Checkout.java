package com.example.bookshop;

/** Places orders. */
public class Checkout {
    private final PaymentClient payments = new PaymentClient();

    void placeOrder(String order) {
        if ("prod".equals(System.getenv("APP_ENV"))) {
            payments.charge(order);
        }
    }

    void shutdownOnFatal(Exception e) {
        System.err.println("fatal: " + e.getMessage());
        System.exit(1);
    }
}
