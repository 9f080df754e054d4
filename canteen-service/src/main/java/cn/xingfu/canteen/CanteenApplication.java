package cn.xingfu.canteen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// the shared kernel (cn.xingfu.kernel: problem+json advice, request size limit) is compiled in from
// canteen-service/src/kernel/java and scanned like our own packages
@SpringBootApplication(scanBasePackages = {"cn.xingfu.canteen", "cn.xingfu.kernel"})
@ConfigurationPropertiesScan
public class CanteenApplication {

    public static void main(String[] args) {
        SpringApplication.run(CanteenApplication.class, args);
    }
}
