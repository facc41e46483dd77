package com.example.bookshop;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Keeps monthly sales reports. */
public class ReportArchive {
    private static final String URL = "jdbc:sqlite:reports.db";

    Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
