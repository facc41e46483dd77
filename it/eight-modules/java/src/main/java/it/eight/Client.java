package it.eight;

public class Client {
    private static final String API_TOKEN = "JavaModuleT0ken77";

    void fail() {
        System.exit(3);
    }

    boolean production(String env) {
        return "prod".equals(env);
    }
}
