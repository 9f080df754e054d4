#!/usr/bin/env python3
# Usage: jfr print --stack-depth 64 --events jdk.ExecutionSample canteen-service/target/order-rush.jfr > samples.txt
#        python3 canteen-service/src/benchmark/jfr-profile.py samples.txt
import re,sys,collections
# Where request threads spend their time: each sample goes to the first (leaf-most) frame of a known component.
txt=open(sys.argv[1]).read()
events=[e for e in txt.split('jdk.ExecutionSample {')[1:] if 'http-nio' in e]
order=[('Ed25519 signature check','sun.security.ec.ed.'),('Ed25519 signature check','sun.security.util.math'),
('BCrypt (Basic auth)','org.springframework.security.crypto.bcrypt'),('Bean Validation','org.hibernate.validator'),
('Hibernate ORM','org.hibernate.'),('Jackson','tools.jackson.'),('Jackson','com.fasterxml.jackson'),('MariaDB driver','org.mariadb.jdbc'),
('HikariCP','com.zaxxer.hikari'),('Micrometer','io.micrometer'),('Modulith event registry','org.springframework.modulith'),
('Spring JDBC','org.springframework.jdbc'),('Spring transactions','org.springframework.transaction'),('Spring Data','org.springframework.data'),
('Spring Security','org.springframework.security'),('Spring MVC / web','org.springframework.web'),('Tomcat','org.apache.'),
('Caffeine','com.github.benmanes'),('xingfu code','cn.xingfu.'),('Spring (other)','org.springframework.'),('JDK (other)','')]
cnt=collections.Counter()
for e in events:
    frames=re.findall(r'^\s+([\w$.<>]+)\(',e,re.M)
    for f in frames:
        hit=next((n for n,p in order if p and f.startswith(p)),None)
        if hit: cnt[hit]+=1; break
    else: cnt['JDK (other)']+=1
n=len(events); print(f'request-thread samples: {n}')
for k,v in cnt.most_common(): print(f'| {k} | {100*v/n:.1f} % |')
