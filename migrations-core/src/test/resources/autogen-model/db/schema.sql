CREATE TABLE kept_next_to_the_revisions (id int);
