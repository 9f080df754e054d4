/**
 * Cross-cutting building blocks every module may use: ids, domain errors, masking, clock, security
 * principals and the HTTP error mapping.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.xingfu.canteen.shared;

import org.springframework.modulith.ApplicationModule;
