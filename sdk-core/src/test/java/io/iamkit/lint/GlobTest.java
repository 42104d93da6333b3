package io.iamkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "*, '', true",
    "*, anything, true",
    "s3:Get*, s3:GetObject, true",
    "s3:Get*, s3:PutObject, false",
    "s3:?etObject, s3:GetObject, true",
    "s3:?etObject, s3:etObject, false",
    "a*b*c, aXXbYYc, true",
    "a*b*c, aXXbYY, false",
    "*test/*, 1/2/test/3/x.jpg, true",
    "b/*/test/*, b/test/object.jpg, false",
    "b/*/test/*, b//test/object.jpg, true",
    "b/*/test/*, b/1-test/object.jpg, false",
    "abc, abc, true",
    "abc, abcd, false",
  })
  void matches_withCase(String pattern, String text, boolean expected) {
    assertThat(Glob.matches(pattern, text, false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({"s3:get*, S3:GetObject, true", "S3:GETOBJECT, s3:getobject, true", "Bucket, bucket, true"})
  void matches_ignoringCase(String pattern, String text, boolean expected) {
    assertThat(Glob.matches(pattern, text, true)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
    "*, s3:Get*, true",
    "s3:*, s3:Get*, true",
    "s3:Get*, s3:GetObject*, true",
    "s3:Get*, s3:Get*, true",
    "s3:Get*, s3:*, false",
    "s3:GetObject, s3:Get*, false",
    "s3:Get?bject, s3:GetObject, true",
    "s3:Get?bject, s3:Get*bject, false",
    "s3:Get*bject, s3:Get?bject, true",
    "a*, a**, true",
    "s3:List*, s3:GetObject, false",
  })
  void covers(String outer, String inner, boolean expected) {
    assertThat(Glob.covers(outer, inner, false)).isEqualTo(expected);
  }
}
