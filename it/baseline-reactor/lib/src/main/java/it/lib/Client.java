package it.lib;

public class Client {
    private static final String API_TOKEN = "LibModuleT0ken42";
}
