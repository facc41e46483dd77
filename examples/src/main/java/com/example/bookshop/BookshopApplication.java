package com.example.bookshop;

/** Entry point. */
public class BookshopApplication {
    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8080");
        System.out.println("bookshop listening on " + port);
    }
}
