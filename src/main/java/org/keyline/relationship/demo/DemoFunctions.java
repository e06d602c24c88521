package org.keyline.relationship.demo;

import java.util.List;

/**
 * The functions of a customer's organisation, each led by an executive, with the titles
 * people have in it at each level.
 */
final class DemoFunctions {

	/**
	 * A function: its executive's title, its department, and titles by level.
	 */
	record Function(String executive, String department, List<String> senior, List<String> middle,
			List<String> technical, List<String> users) {
	}

	static final Function OPERATIONS = new Function("Chief Operating Officer", "Operations",
			List.of("VP Operations", "Head of Network Planning", "Head of Site Operations", "Head of Supply Chain"),
			List.of("Operations Manager", "Site Manager", "Planning Manager", "Logistics Manager", "Quality Manager"),
			List.of("Process Engineer", "Operations Analyst", "Automation Engineer"),
			List.of("Planner", "Dispatcher", "Shift Supervisor", "Operations Coordinator"));

	static final Function FINANCE = new Function("Chief Financial Officer", "Finance",
			List.of("VP Finance", "Head of Controlling", "Head of Treasury"),
			List.of("Finance Manager", "Controlling Manager", "Accounting Manager"),
			List.of("Financial Systems Analyst"), List.of("Financial Analyst", "Accountant", "Controller"));

	static final Function IT = new Function("Chief Information Officer", "IT",
			List.of("Head of IT Infrastructure", "Head of Enterprise Applications", "VP IT",
					"Head of Data & Analytics"),
			List.of("IT Service Manager", "Application Manager", "IT Project Manager",
					"Head of IT Security Operations"),
			List.of("Solution Architect", "Enterprise Architect", "Senior Developer", "Data Engineer",
					"Security Engineer", "Integration Specialist", "Cloud Engineer"),
			List.of("Key User", "Business Analyst", "Service Desk Analyst"));

	static final Function ENGINEERING = new Function("Chief Technology Officer", "Engineering",
			List.of("Head of R&D", "VP Engineering", "Head of Product"),
			List.of("Engineering Manager", "Product Manager", "Test Manager"),
			List.of("Systems Engineer", "Lead Engineer", "Test Engineer", "Software Architect"),
			List.of("Design Engineer", "Technical Writer"));

	static final Function COMMERCIAL = new Function("Chief Commercial Officer", "Sales & Marketing",
			List.of("VP Sales", "Head of Marketing", "Head of Customer Service"),
			List.of("Sales Manager", "Customer Service Manager", "Marketing Manager"), List.of("CRM Specialist"),
			List.of("Customer Service Agent", "Sales Representative", "Marketing Coordinator"));

	static final Function PEOPLE = new Function("Chief Human Resources Officer", "Human Resources",
			List.of("Head of HR", "Head of Talent"), List.of("HR Business Partner", "Training Manager"),
			List.of("HR Systems Specialist"), List.of("Recruiter", "HR Coordinator"));

	/** In the order they are added as the organisation grows. */
	static final List<Function> ALL = List.of(OPERATIONS, FINANCE, IT, ENGINEERING, COMMERCIAL, PEOPLE);

	static final List<String> PURCHASING_HEADS = List.of("Head of Procurement", "Procurement Director",
			"Head of Strategic Sourcing");

	static final List<String> BUYERS = List.of("Senior Buyer", "Category Manager IT", "Buyer", "Strategic Buyer",
			"Category Manager Services");

	private DemoFunctions() {
	}

}
