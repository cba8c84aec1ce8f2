package nl.toezicht;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ToezichtApplication {
    public static void main(String[] args) {
        SpringApplication.run(ToezichtApplication.class, args);
    }
}
