// not part of the site
