package vn.vanban.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What templates may see of Java objects: the components of the view records and nothing else —
 * no getClass(), no other methods, no constructors, no fields. A template someone else wrote can
 * read the plan's view; it cannot reach the JVM.
 */
final class ViewAccessPolicy implements MemberAccessPolicy {

    static final ViewAccessPolicy INSTANCE = new ViewAccessPolicy();

    /** A class shows exactly these methods. */
    private record Exposed(Set<Method> methods) implements ClassMemberAccessPolicy {
        static final Exposed NOTHING = new Exposed(Set.of());

        @Override
        public boolean isMethodExposed(Method method) {
            return methods.contains(method);
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    }

    private ViewAccessPolicy() {
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().equals(ViewAccessPolicy.class.getPackageName())) {
            return Exposed.NOTHING;
        }
        return new Exposed(Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getAccessor)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Enum values (paragraph kinds) compare by their names, which is all toString gives. */
    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }
}
