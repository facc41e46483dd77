package it.cache;

public class App {
    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(2);
        }
    }

    void stop() {
        System.exit(1);
    }
}
