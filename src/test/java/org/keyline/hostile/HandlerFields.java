package org.keyline.hostile;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keyline.hostile.Payload.Kind;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The input fields of a handler method, found by reflection: its path variables, its
 * request parameters, and every property of the form objects it binds (nested rows of
 * lists as {@code rows[0].name}, maps as {@code answers[KEY]}). A field's kind decides
 * which payloads it gets.
 */
final class HandlerFields {

	private HandlerFields() {
	}

	record InputField(String name, Kind kind, Class<?> type, boolean path, boolean indexed) {
	}

	static List<InputField> of(HandlerMethod handler, Map<String, String> mapKeys) {
		List<InputField> fields = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (pathVariable != null) {
				String name = !pathVariable.name().isEmpty() ? pathVariable.name() : parameter.getParameterName();
				fields.add(new InputField(name, Kind.PATH, type, true, false));
			}
			else if (requestParam != null) {
				String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
				fields.add(new InputField(name, kindOf(name, type), type, false, false));
			}
			else if (isFramework(parameter, type)) {
				continue;
			}
			else {
				addProperties("", type, fields, mapKeys);
			}
		}
		return fields;
	}

	private static boolean isFramework(MethodParameter parameter, Class<?> type) {
		return parameter.hasParameterAnnotation(AuthenticationPrincipal.class) || Model.class.isAssignableFrom(type)
				|| Errors.class.isAssignableFrom(type) || RedirectAttributes.class.isAssignableFrom(type)
				|| type == Locale.class || type.getName().startsWith("jakarta.servlet")
				|| type.getName().startsWith("org.springframework.security");
	}

	private static void addProperties(String prefix, Class<?> type, List<InputField> fields,
			Map<String, String> mapKeys) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				addProperty(prefix + component.getName(), component.getType(), component.getGenericType(), fields,
						mapKeys);
			}
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			Type generic = property.getWriteMethod().getGenericParameterTypes()[0];
			addProperty(prefix + property.getName(), property.getPropertyType(), generic, fields, mapKeys);
		}
	}

	private static void addProperty(String name, Class<?> type, Type generic, List<InputField> fields,
			Map<String, String> mapKeys) {
		if (Collection.class.isAssignableFrom(type)) {
			Class<?> element = typeArgument(generic, 0);
			if (isSimple(element)) {
				fields.add(new InputField(name, kindOf(name, element), element, false, false));
			}
			else {
				addProperties(name + "[0].", element, fields, mapKeys);
				fields.add(new InputField(name, Kind.TEXT, element, false, true));
			}
		}
		else if (Map.class.isAssignableFrom(type)) {
			Class<?> value = typeArgument(generic, 1);
			String key = mapKeys.getOrDefault(name, "KEY");
			fields.add(new InputField(name + "[" + key + "]", kindOf(name, value), value, false, false));
			fields.add(new InputField(name, Kind.TEXT, value, false, true));
		}
		else {
			fields.add(new InputField(name, kindOf(name, type), type, false, false));
		}
	}

	private static Class<?> typeArgument(Type generic, int index) {
		if (generic instanceof ParameterizedType parameterized) {
			Type argument = parameterized.getActualTypeArguments()[index];
			if (argument instanceof Class<?> c) {
				return c;
			}
			if (argument instanceof java.lang.reflect.AnnotatedType annotated) {
				return (Class<?>) annotated.getType();
			}
			if (argument instanceof ParameterizedType p) {
				return (Class<?>) p.getRawType();
			}
		}
		return String.class;
	}

	private static boolean isSimple(Class<?> type) {
		return BeanUtils.isSimpleValueType(type) || type == LocalDate.class;
	}

	static Kind kindOf(String name, Class<?> type) {
		if (type == String.class) {
			return Kind.TEXT;
		}
		if (type == LocalDate.class) {
			return Kind.DATE;
		}
		if (type.isEnum()) {
			return Kind.ENUM;
		}
		if (type == boolean.class || type == Boolean.class) {
			return Kind.BOOLEAN;
		}
		if (type == Long.class || type == long.class) {
			String simple = name.replaceAll(".*\\.", "");
			return (simple.endsWith("Id") || simple.endsWith("Ids") || simple.equals("owner")
					|| simple.equals("account") || simple.equals("left") || simple.equals("right")) ? Kind.ID
							: Kind.NUMBER;
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() || type == BigDecimal.class) {
			return Kind.NUMBER;
		}
		return Kind.TEXT;
	}

	/** A field of a class, for the few places that need to read one. */
	static Object read(Object target, String name) {
		Field field = org.springframework.util.ReflectionUtils.findField(target.getClass(), name);
		if (field == null) {
			return null;
		}
		org.springframework.util.ReflectionUtils.makeAccessible(field);
		return org.springframework.util.ReflectionUtils.getField(field, target);
	}

	static boolean annotated(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
		return AnnotatedElementUtils.hasAnnotation(type, annotation);
	}

}
