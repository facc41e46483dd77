package it.hostile;

public class Shutdown {
    void onFatal(Exception e) {
        System.exit(2);
    }
}
