package org.keyline.relationship.web;

import org.keyline.account.Viewer;
import org.keyline.people.KeylinePrincipal;
import org.keyline.relationship.RelationshipMaps;
import org.keyline.relationship.RelationshipNetwork;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The relationship map of an account: a picture and the same data as a table. Everyone
 * who may see the account may see its map.
 */
@Controller
class RelationshipMapController {

	private final RelationshipMaps maps;

	RelationshipMapController(RelationshipMaps maps) {
		this.maps = maps;
	}

	@GetMapping("/accounts/{id}/relationship-map")
	String map(@PathVariable long id, @AuthenticationPrincipal KeylinePrincipal me, Model model) {
		RelationshipNetwork network = this.maps.network(id, Viewer.of(me));
		model.addAttribute("account", network.account());
		model.addAttribute("network", network);
		model.addAttribute("chart", RelationshipMapChart.of(network));
		return "relationship/map";
	}

}
