package cn.xingfu.care;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CareFacilityApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareFacilityApplication.class, args);
    }
}
