package cn.xingfu.care;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// the shared kernel (cn.xingfu.kernel: problem+json advice, request size limit) is compiled in from
// canteen-service/src/kernel/java and scanned like our own packages
@SpringBootApplication(scanBasePackages = {"cn.xingfu.care", "cn.xingfu.kernel"})
@ConfigurationPropertiesScan
public class CareFacilityApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareFacilityApplication.class, args);
    }
}
