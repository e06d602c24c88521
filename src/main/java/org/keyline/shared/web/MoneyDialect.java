package org.keyline.shared.web;

import java.util.Set;

import org.keyline.shared.CompanyCurrency;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Gives templates the company currency as the expression object {@code #money}, the way
 * Thymeleaf gives them {@code #temporals}: {@code ${#money.format(year.revenue)}}.
 *
 * <p>
 * Templates reached the same object as a bean, {@code ${@money.format(…)}}, before. SpEL
 * cannot compile a bean reference, so every amount on the account page, the account list
 * and my work was written by an interpreted expression (sixteen a view of the account
 * page); an expression object is a variable, which SpEL compiles like the rest
 * ({@code CompiledExpressionsTests}).
 */
@Component
class MoneyDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "money";

	private final Factory factory;

	MoneyDialect(CompanyCurrency money) {
		super("Keyline money");
		this.factory = new Factory(money);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return this.factory;
	}

	private record Factory(CompanyCurrency money) implements IExpressionObjectFactory {

		@Override
		public Set<String> getAllExpressionObjectNames() {
			return Set.of(NAME);
		}

		@Override
		public Object buildObject(IExpressionContext context, String expressionObjectName) {
			return NAME.equals(expressionObjectName) ? this.money : null;
		}

		@Override
		public boolean isCacheable(String expressionObjectName) {
			return true;
		}

	}

}
